"""The one executor: one thread, the person's actions first, outcomes handed to ``deliver``."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from desktop_app.app.executor import Executor, Priority


def test_actions_run_before_queued_background_work() -> None:
    gate, ran = threading.Event(), []
    executor = Executor()
    executor.submit(gate.wait)  # hold the thread while the rest is queued
    for name, priority in [
        ("fill 1", Priority.BACKGROUND),
        ("lock", Priority.LAST),
        ("query", Priority.QUERY),
        ("fill 2", Priority.BACKGROUND),
        ("save", Priority.ACTION),
    ]:
        executor.submit(lambda name=name: ran.append(name), priority=priority)
    gate.set()
    executor.stop()
    assert ran == ["save", "query", "fill 1", "fill 2", "lock"]


def test_every_job_runs_on_the_one_thread() -> None:
    threads: set[int] = set()
    executor = Executor()
    for priority in Priority:
        executor.submit(lambda: threads.add(threading.get_ident()), priority=priority)
    executor.stop()
    assert len(threads) == 1 and threading.get_ident() not in threads


def test_results_and_errors_go_through_deliver() -> None:
    delivered: list[Callable[[], None]] = []
    executor = Executor(delivered.append)
    results: list[object] = []
    executor.submit(lambda: 6 * 7, results.append)
    executor.submit(lambda: 1 / 0, results.append, results.append)
    executor.stop()
    assert results == [] and executor.busy()  # nothing runs until it is delivered
    for outcome in delivered:
        outcome()
    assert results[0] == 42 and isinstance(results[1], ZeroDivisionError)
    assert not executor.busy()


def test_an_unhandled_error_is_raised_where_it_is_delivered() -> None:
    delivered: list[Callable[[], None]] = []
    executor = Executor(delivered.append)
    executor.submit(lambda: [][0])
    executor.stop()
    with pytest.raises(IndexError):
        delivered[0]()


def test_stop_finishes_queued_work_then_ends_the_thread() -> None:
    done: list[int] = []
    executor = Executor()
    for n in range(50):
        executor.submit(lambda n=n: done.append(n), priority=Priority.BACKGROUND)
    executor.stop()
    assert done == list(range(50)) and not executor.running()


def test_call_blocks_for_the_result_and_runs_on_the_one_thread() -> None:
    executor = Executor()
    try:
        assert executor.call(threading.current_thread) is executor._thread
        with pytest.raises(ZeroDivisionError):
            executor.call(lambda: 1 / 0)
        # From a job on the executor itself: runs at once instead of waiting for itself.
        done = threading.Event()
        nested: list[object] = []
        executor.submit(
            lambda: nested.append(executor.call(lambda: "inline")), lambda _: done.set()
        )
        assert done.wait(10) and nested == ["inline"]
    finally:
        executor.stop()


def test_call_after_stop_raises_instead_of_waiting_forever() -> None:
    from desktop_app.app.executor import ExecutorStopped

    executor = Executor()
    executor.stop()
    with pytest.raises(ExecutorStopped):
        executor.call(lambda: 1)
