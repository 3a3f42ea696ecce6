"""Entry point for ``reslab`` and ``python -m reslab_desktop``."""

import sys


def main() -> int:
    from reslab_desktop.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
