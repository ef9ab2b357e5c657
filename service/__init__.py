"""Services: the product's use cases over `extract` and `graph`, called by the API, the CLI and the benchmarks."""
