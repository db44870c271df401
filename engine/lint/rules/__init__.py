"""One module per rule; ``engine.lint.registry`` finds them all."""
