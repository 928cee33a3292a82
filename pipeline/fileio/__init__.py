"""Shared file I/O: atomic writes and line-located YAML."""
