"""FastAPI app: JSON API and server-rendered pages over the store and the one analysis path."""
