"""Scorers for each benchmark format; each module is a `warta eval` command."""
