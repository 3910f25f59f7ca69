using Monitoring.Server.Http;

namespace Monitoring.Server.Tests.Audit;

/// <summary>The one cell writer of every CSV the center gives, the reports' too.</summary>
[StorageIndependent]
public sealed class CsvCellTests
{
    [Theory]
    [InlineData("polres-tangerang-selatan", "polres-tangerang-selatan")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+62812", "'+62812")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("=a,\"b\"", "\"'=a,\"\"b\"\"\"")]
    [InlineData("0.5", "0.5")]
    [InlineData("", "")]
    public void A_cell_that_would_run_as_a_formula_is_neutralised_then_quoted_where_needed(string text, string cell) =>
        Assert.Equal(cell, CsvCell.Of(text));
}
