"""The index on disk and in memory: building it, its file layouts, loading it for serving."""
