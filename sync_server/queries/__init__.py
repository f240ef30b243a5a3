"""One module of queries per resource, over the Core tables."""
