"""WordPress: the core markup conventions most themes keep, pretty and ?p=N permalinks, the REST API."""
