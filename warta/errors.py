"""Warta's own errors: bad input is reported with a clear one-line message and exit status 2."""


class WartaInputError(ValueError):
    """The input cannot be analysed (empty, binary, invalid UTF-8, too large, not Indonesian...)."""
