"""DuckDB warehouse access: connections, migrations, reads and the batch loader."""

from newsetl.warehouse.connection import WarehouseError, WarehouseLocked, connect
from newsetl.warehouse.migrations import migrate

__all__ = ["WarehouseError", "WarehouseLocked", "connect", "migrate"]
