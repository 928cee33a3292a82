"""LLM Sizes data pipeline: catalog -> Hub snapshot -> derived tables -> site renderers."""

__version__ = "0.1.0"
