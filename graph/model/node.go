package model

// Node is any object with a global ID. The db models implement it without
// knowing about the graph, so the interface asks for no methods.
type Node interface{}
