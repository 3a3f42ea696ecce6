"""The command modules, in the order ``--help`` lists them. Each has ``register(subparsers)``."""

from reslab_desktop.cli import data_export, files, pdf, portfolio, render, results, serve

COMMAND_MODULES = (files, pdf, results, render, serve, data_export, portfolio)
