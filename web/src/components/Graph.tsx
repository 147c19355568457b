import { useEffect, useRef } from 'preact/hooks';
import { useApp } from '../app-context';
import { entityPage, href } from '../router';

export interface GraphNode {
  id: string;
  label: string;
  kind: string;
  parent?: string;
}

export interface GraphEdge {
  source: string;
  target: string;
  label: string;
}

const COLOURS: Record<string, string> = {
  Duty: '#8a4b00',
  Office: '#0b5394',
  Post: '#38761d',
  Person: '#741b47',
  Village: '#5b5b00',
  Township: '#444444',
  Station: '#134f5c',
};

/**
 * A small graph drawn with cytoscape.js (compound nodes put posts inside their office; the fcose
 * layout places them). Loaded on first use, so the first paint of a page does not wait for it.
 * The same steps are listed as text beside it for screen readers and keyboard users; tapping a
 * node opens its page.
 */
export function Graph({ nodes, edges, title, layout = 'fcose' }: { nodes: GraphNode[]; edges: GraphEdge[]; title: string; layout?: 'fcose' | 'breadthfirst' }) {
  const container = useRef<HTMLDivElement>(null);
  const { t } = useApp();
  const key = JSON.stringify([nodes, edges, layout]);
  useEffect(() => {
    let destroyed = false;
    let cy: { destroy(): void } | undefined;
    void (async () => {
      const [{ default: cytoscape }, { default: fcose }] = await Promise.all([import('cytoscape'), import('cytoscape-fcose')]);
      if (destroyed || !container.current) return;
      cytoscape.use(fcose);
      const instance = cytoscape({
        container: container.current,
        elements: [
          ...nodes.map((node) => ({ data: { id: node.id, label: node.label, kind: node.kind, parent: node.parent } })),
          ...edges.map((edge, i) => ({ data: { id: `e${i}`, source: edge.source, target: edge.target, label: edge.label } })),
        ],
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              'font-size': 11,
              'text-valign': 'bottom',
              'text-margin-y': 4,
              'text-wrap': 'wrap',
              'text-max-width': '120px',
              'background-color': (ele: { data(key: string): string }) => COLOURS[ele.data('kind')] ?? '#666',
              width: 18,
              height: 18,
              color: '#111',
            },
          },
          { selector: ':parent', style: { 'background-opacity': 0.08, 'text-valign': 'top', 'border-color': '#0b5394', 'border-width': 1 } },
          {
            selector: 'edge',
            style: {
              label: 'data(label)',
              'font-size': 9,
              'curve-style': 'bezier',
              'target-arrow-shape': 'triangle',
              width: 1.5,
              'line-color': '#999',
              'target-arrow-color': '#999',
              'text-background-color': '#fff',
              'text-background-opacity': 1,
              color: '#333',
            },
          },
        ],
        layout: layout === 'breadthfirst' ? { name: 'breadthfirst', directed: true, spacingFactor: 1.1, animate: false } : ({ name: 'fcose', animate: false, nodeRepulsion: 8000, idealEdgeLength: 90 } as { name: string }),
      });
      instance.on('tap', 'node', (event: { target: { data(key: string): string } }) => {
        const page = entityPage(event.target.data('kind'));
        if (page) location.hash = href(page, event.target.data('id'));
      });
      cy = instance;
    })();
    return () => {
      destroyed = true;
      cy?.destroy();
    };
  }, [key]);
  const names = new Map(nodes.map((node) => [node.id, node.label]));
  return (
    <figure class="graph">
      <div ref={container} class="graph-canvas" role="img" aria-label={title} data-testid="graph" />
      <figcaption>
        <details>
          <summary>{t('graphTextAlternative')}</summary>
          <ul>
            {edges.map((edge, i) => (
              <li key={i}>
                {names.get(edge.source)} → {names.get(edge.target)} ({edge.label})
              </li>
            ))}
          </ul>
        </details>
      </figcaption>
    </figure>
  );
}
