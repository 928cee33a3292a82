"""Named exceptions shared by the pipeline stages."""


class PipelineError(Exception):
    """Base class: a problem the user can fix; the CLI prints it without a traceback."""


class CatalogError(PipelineError):
    """data/catalog.yaml (or another input YAML) is malformed: message names file, line and field."""


class SnapshotError(PipelineError):
    """A raw snapshot file under data/hub/ is unreadable or of an unknown format."""


class LocaleError(PipelineError):
    """A locale file is malformed or inconsistent with the English reference."""


class MarkerError(PipelineError):
    """A marker in a Markdown page is unknown or names an unknown model."""
