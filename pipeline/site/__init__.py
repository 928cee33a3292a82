"""Site layer: everything the MkDocs build needs to turn data/ and locales into pages (imports contract, i18n, fileio)."""
