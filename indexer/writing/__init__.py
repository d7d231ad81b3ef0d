"""Articles into a Whoosh index: what changed, the schema, the build, the lock."""
