namespace Monitoring.Persistence.Queries;

internal static class Paging
{
    /// <summary>Rows of one page, counted in 64 bits: page 2,147,483,647 is past the end, not (overflowed) page 1.</summary>
    public static IQueryable<T> PageOf<T>(IQueryable<T> ordered, int page, int pageSize)
    {
        var skip = (long)(page - 1) * pageSize;
        return skip > int.MaxValue ? ordered.Take(0) : ordered.Skip((int)skip).Take(pageSize);
    }
}
