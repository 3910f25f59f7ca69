using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Monitoring.Server.Auth;

/// <summary>
/// Creates the people tables on first start. Not EnsureCreated: on PostgreSQL the tables share a database with the
/// journal, and EnsureCreated does nothing as soon as any table exists there. The catalog is asked, rather than a
/// table read and its failure caught, so that a first start logs no database errors. Each context's tables are made
/// on their own: the audit trail's table (<see cref="Audit.AuditDb"/>) joins a people database made before it existed,
/// and so does the passkey table (<see cref="PasskeyDb"/>), which <see cref="PeopleDb"/> maps too: it is left out of the
/// check for the people tables, or a database from before it would look new and have its tables made again.
/// </summary>
public static class PeopleSchema
{
    /// <param name="madeOnItsOwn">A table of this context that another context creates when it is missing.</param>
    public static async Task EnsureAsync(DbContext db, CancellationToken cancellation, string? madeOnItsOwn = null)
    {
        if (await ExistsAsync(db, madeOnItsOwn, cancellation)) return;
        try
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellation);
        }
        catch (DbException)
        {
            // Another node of the cluster may have created them at the same moment; else the failure stands.
            if (!await ExistsAsync(db, madeOnItsOwn, cancellation)) throw;
        }
    }

    private static async Task<bool> ExistsAsync(DbContext db, string? madeOnItsOwn, CancellationToken cancellation)
    {
        var sql = db.Database.IsNpgsql()
            ? """SELECT table_name AS "Value" FROM information_schema.tables WHERE table_schema = current_schema()"""
            : """SELECT name AS "Value" FROM sqlite_master WHERE type = 'table'""";
        var present = (await db.Database.SqlQueryRaw<string>(sql).ToListAsync(cancellation)).ToHashSet(StringComparer.Ordinal);
        return db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Where(t => t != madeOnItsOwn).All(present.Contains);
    }
}
