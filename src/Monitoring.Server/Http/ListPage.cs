namespace Monitoring.Server.Http;

/// <summary>One page of a list; pages count from 1, and a page past the end is empty rather than the first.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
