"""Declarative base shared by every mapped class."""

from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass
