"""Time expressions: recognised in Indonesian text and normalised to TimeML TIMEX3 values."""

from warta.time.recognise import Timex, find_times, scan

__all__ = ["Timex", "find_times", "scan"]
