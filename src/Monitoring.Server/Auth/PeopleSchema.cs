using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Monitoring.Server.Auth;

/// <summary>
/// Creates the people tables on first start. Not EnsureCreated: on PostgreSQL the tables share a database with the
/// journal, and EnsureCreated does nothing as soon as any table exists there.
/// </summary>
public static class PeopleSchema
{
    public static async Task EnsureAsync(PeopleDb db, CancellationToken cancellation)
    {
        if (await ExistsAsync(db, cancellation)) return;
        try
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellation);
        }
        catch (DbException)
        {
            // Another node of the cluster may have created them at the same moment; else the failure stands.
            if (!await ExistsAsync(db, cancellation)) throw;
        }
    }

    private static async Task<bool> ExistsAsync(PeopleDb db, CancellationToken cancellation)
    {
        try
        {
            await db.ApiTokens.AnyAsync(cancellation);
            await db.Users.AnyAsync(cancellation);
            await db.DataProtectionKeys.AnyAsync(cancellation);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }
}
