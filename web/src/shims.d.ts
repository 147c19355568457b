declare module 'cytoscape-fcose' { const extension: (cytoscape: unknown) => void; export default extension; }
