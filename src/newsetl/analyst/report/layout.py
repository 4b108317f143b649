"""A small deterministic force-directed (Fruchterman-Reingold) layout for the entity network."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

Edge = tuple[int, int, float]  # node index, node index, weight
GRAVITY = 1.0  # pull towards the centre: separate components stay close, clusters readable


def spring_layout(nodes: int, edges: Sequence[Edge], iterations: int = 200) -> np.ndarray:
    """Positions (``nodes`` x 2, within [-1, 1]) where linked nodes sit close together.

    Nodes start evenly on a circle in index order, so the same graph always gets the
    same picture. Heavier edges pull harder; a weak pull to the centre keeps separate
    components on screen.
    """
    if nodes == 0:
        return np.zeros((0, 2))
    if nodes == 1:
        return np.zeros((1, 2))
    angles = np.linspace(0, 2 * np.pi, nodes, endpoint=False)
    positions = np.column_stack([np.cos(angles), np.sin(angles)])
    weights = np.zeros((nodes, nodes))
    for a, b, weight in edges:
        if a != b:
            weights[a, b] = weights[b, a] = weights[a, b] + weight
    if weights.max() > 0:
        # Every link pulls; heavier ones up to twice as hard as the lightest.
        weights = np.where(weights > 0, 0.5 + 0.5 * weights / weights.max(), 0.0)
        # A hub's many links would crush its neighbours together: each link pulls less
        # the more links its two ends have.
        links = np.maximum((weights > 0).sum(axis=1), 1)
        weights /= np.sqrt(np.outer(links, links))
    ideal = np.sqrt(4.0 / nodes)  # the distance two linked nodes settle at
    for step in range(iterations):
        temperature = 0.1 * (1 - step / iterations)
        delta = positions[:, None, :] - positions[None, :, :]
        distance = np.maximum(np.linalg.norm(delta, axis=-1), 0.01)
        force = ideal**2 / distance**2 - weights * distance / ideal
        np.fill_diagonal(force, 0.0)
        displacement = (delta * force[:, :, None]).sum(axis=1) - GRAVITY * positions
        length = np.maximum(np.linalg.norm(displacement, axis=1), 1e-9)
        positions += displacement / length[:, None] * np.minimum(length, temperature)[:, None]
    positions -= positions.mean(axis=0)
    scale = np.abs(positions).max()
    return positions / scale if scale > 0 else positions
