# syntax=docker/dockerfile:1
# One image for every Redgrid service and for the migration step:
#   docker run … redgrid run registry        (tickets, matching, lists, notifications)
#   docker run … redgrid migrate all         (with REDGRID_DB_ADMIN_URL: roles and schemas too)
# It runs as uid 10001 and writes nothing outside /tmp, so the root filesystem can be read-only.
# Build: docker build -t redgrid:0.1.0 .

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/redgrid
WORKDIR /src
# The dependencies first, from pyproject.toml alone: this layer survives code changes.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > requirements.txt \
    && /opt/redgrid/bin/pip install -r requirements.txt
COPY README.md ./
COPY libs libs
COPY services services
# pip compiles every module to bytecode here, so nothing is written at run time.
RUN /opt/redgrid/bin/pip install --no-deps . \
    && /opt/redgrid/bin/redgrid run --help > /dev/null

FROM ${PYTHON_IMAGE} AS runtime
LABEL org.opencontainers.image.title="redgrid" \
      org.opencontainers.image.description="Redgrid 红网格: party-building-led grid governance services" \
      org.opencontainers.image.licenses="Apache-2.0"
RUN groupadd --system --gid 10001 redgrid \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
               --shell /usr/sbin/nologin redgrid
COPY --from=build /opt/redgrid /opt/redgrid
# where the local object store keeps photos (compose mounts a volume here; a new volume takes
# this directory's owner)
RUN mkdir -p /var/lib/redgrid/objects && chown 10001:10001 /var/lib/redgrid/objects
# production by default: a container refuses the development secrets unless told otherwise.
ENV PATH=/opt/redgrid/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    TMPDIR=/tmp \
    REDGRID_ENVIRONMENT=production \
    REDGRID_HTTP_HOST=0.0.0.0
USER 10001:10001
WORKDIR /tmp
EXPOSE 8001 8002 8003 8004 8005
# SIGTERM (the default stop signal) is a graceful shutdown: see deploy/README.md.
ENTRYPOINT ["redgrid"]
CMD ["--help"]
