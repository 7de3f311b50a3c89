"""structlog JSON lines that carry the service, request, event and correlation ids."""

from __future__ import annotations

import logging
import sys

import orjson
import structlog
import structlog.tracebacks
from structlog.contextvars import bind_contextvars, bound_contextvars, merge_contextvars

from redgrid.common.masking import mask_data

__all__ = ["bind_contextvars", "bound_contextvars", "configure", "get", "mask_personal_data"]


def _dumps(obj: object, default=None) -> str:
    return orjson.dumps(obj, default=default).decode()


class _Stderr:
    """The process's stderr as it is when a line is written, not when logging was set up: a
    replaced stderr (a test reading the logs, say) gets every line."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()


STDERR = _Stderr()
_AS_THEY_ARE = frozenset({"timestamp", "level", "logger", "service", "number", "type",
                          "subject", "method", "path", "status"})


def _as_it_is(key: str) -> bool:
    return key in _AS_THEY_ARE or key.endswith(("_id", "_ids", "id"))


def mask_personal_data(logger, method_name: str, event_dict: dict) -> dict:
    """A log line never carries personal data: its message, values and a rendered exception
    go through the PII detector (ids, times and levels as they are)."""
    return mask_data(event_dict, skip=_as_it_is)


def configure(service: str, level: str = "INFO", json: bool = True) -> None:
    """Set up structlog (and the stdlib loggers of our libraries) once per process."""
    renderer = (
        structlog.processors.JSONRenderer(serializer=_dumps)
        if json
        else structlog.dev.ConsoleRenderer(colors=False)
    )
    shared = [
        merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    structlog.configure(
        processors=[
            *shared,
            # Tracebacks without the frames' local variables: they hold request bodies, people
            # and contact data, which logs never carry.
            structlog.processors.ExceptionRenderer(
                structlog.tracebacks.ExceptionDictTransformer(show_locals=False)),
            mask_personal_data,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=structlog.PrintLoggerFactory(file=STDERR),
        # not cached: a later configure() (the level, the sink) reaches loggers already in use
        cache_logger_on_first_use=False,
    )
    structlog.contextvars.clear_contextvars()
    bind_contextvars(service=service)
    # Libraries that log through the standard library go through the same renderer.
    handler = logging.StreamHandler(STDERR)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                        mask_personal_data, renderer],
            foreign_pre_chain=[*shared, structlog.stdlib.add_logger_name],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    for noisy in ("uvicorn.access",):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def get(name: str | None = None) -> structlog.stdlib.BoundLogger:
    return structlog.get_logger(name)
