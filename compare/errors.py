"""Exceptions raised by the library. The CLI turns each into one line on stderr and an exit code."""

from __future__ import annotations


class CompareError(Exception):
    """Base class for every error the library raises on purpose.

    Attributes:
        exit_code: The process exit code the CLI uses: 2 for usage mistakes, 1 for data problems.
    """

    exit_code = 1


class UsageError(CompareError):
    """The command was called wrongly (wrong number of sources, conflicting options)."""

    exit_code = 2


class InputError(CompareError):
    """An input cannot be read or holds no usable article text."""


class ModelError(CompareError):
    """The embedding or NLP model cannot be found or loaded."""


class OutputError(CompareError):
    """A result cannot be written where it was asked to go."""
