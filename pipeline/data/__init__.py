"""Data layer: catalog, Hub client, fetch, reconstruct, compute and write of data/ (imports only the contract and fileio)."""
