"""Reading reports: listing and decoding files, removing spam, parsing metadata, cutting passages."""
