using Microsoft.EntityFrameworkCore;

namespace Monitoring.Testing;

/// <summary>The test issuer's store of clients and codes (OpenIddict's tables), on a SQLite file of the test.</summary>
public sealed class IssuerDb(DbContextOptions<IssuerDb> options) : DbContext(options);
