using System.Data.Common;
using LinqToDB.Data;

namespace Monitoring.Persistence.ReadModel;

/// <summary>
/// Columns added to a read-model table after it first shipped: CreateTable leaves an existing table as it was, so a
/// database from before the column gets it here, with the default every old row holds. True when it was added, so the
/// caller can fill old rows from what they already hold.
/// </summary>
internal static class ReadModelColumns
{
    public static bool Add(DataConnection db, string table, string column, string definition)
    {
        try
        {
            // Asking for the column is the one test SQLite and PostgreSQL both answer the same way.
            db.Execute($"SELECT \"{column}\" FROM {table} WHERE 1 = 0");
            return false;
        }
        catch (DbException)
        {
            // Two nodes may add it at once: the loser's failure is retried by the caller, which then finds the column.
            db.Execute($"ALTER TABLE {table} ADD COLUMN \"{column}\" {definition}");
            return true;
        }
    }
}
