"""healthd: a sidecar that scores the services CI builds lean on and picks a build strategy."""

__version__ = "0.1.0"
