// model-labels: the labels of the model (src/domain/model.ts) as string literals, in its order.
// A list's items: write it inside brackets, as `label IN [/*@ model-labels() */]`.
// @each-label ,
'@label'
