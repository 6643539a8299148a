# syntax=docker/dockerfile:1
# healthd sidecar image: docker build -t healthd .   (docs: docs/deploy/container.md)
# Stage 1 builds wheels for healthd and its dependencies; stage 2 installs them into a venv and keeps
# no compiler, pip cache or wheel. Base pinned by tag; pin it by digest too if your policy asks for it.
FROM python:3.11-slim-bookworm AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY healthd ./healthd
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim-bookworm
ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="healthd" \
      org.opencontainers.image.description="Sidecar that probes the services CI builds depend on and chooses a build strategy" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.base.name="docker.io/library/python:3.11-slim-bookworm"
# The wheels come in through a bind mount, so no layer keeps them.
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    python -m venv /opt/healthd \
    && /opt/healthd/bin/pip install --no-cache-dir --no-index --find-links=/wheels healthd \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin healthd \
    && install -d -o 10001 -g 10001 -m 0700 /var/lib/healthd
COPY strategies.yaml /etc/healthd/strategies.yaml
# Listens on every interface *inside* the container (its own network namespace): the host decides what
# to publish (docker run -p 127.0.0.1:9180:9180). The config path is documented; mount yours over it.
# The state (hysteresis, admin pin, history: daemon.state_dir) lives in /var/lib/healthd, a volume: the
# user has no home and the root may be read-only. Without a writable volume there, healthd runs from memory.
ENV PATH=/opt/healthd/bin:$PATH \
    HEALTHD_CONFIG=/etc/healthd/strategies.yaml \
    HEALTHD_LISTEN=0.0.0.0:9180 \
    STATE_DIRECTORY=/var/lib/healthd \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1
VOLUME ["/var/lib/healthd"]
USER 10001:10001
EXPOSE 9180
# No curl in the image: the stdlib asks /healthz on the port HEALTHD_LISTEN names, 2 s at most.
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request as u; port = os.environ.get('HEALTHD_LISTEN', ':9180').rpartition(':')[2]; u.urlopen(f'http://127.0.0.1:{port}/healthz', timeout=2)"]
# SIGTERM stops the daemon at once, cancelling a probe round in flight (well within docker stop's 10 s).
STOPSIGNAL SIGTERM
ENTRYPOINT ["healthd"]
CMD ["serve"]
