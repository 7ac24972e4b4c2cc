"""Dated public tables the seed relies on but does not print."""
