"""HTTP API: routes split by resource, typed dependencies in `deps`, problem+json errors in `errors`."""
