using Monitoring.Domain.Callers;

namespace Monitoring.Domain.Tests;

public sealed class CallerNumberMaskTests
{
    [Theory]
    [InlineData("081234567890", "0812****7890")]
    [InlineData("+6281234567890", "0812****7890")]
    [InlineData("6281234567890", "0812****7890")]
    [InlineData("+62 812-3456-7890", "0812****7890")]
    [InlineData(" 0812 3456 7890 ", "0812****7890")]
    [InlineData("0062-812-3456-7890", "0812****7890")]
    [InlineData("+628123456789012", "0812******9012")]
    [InlineData("+14155552671", "+14*******71")]
    public void A_number_keeps_its_first_and_last_four_digits_as_people_write_it_or_less_when_too_few_would_stay_starred(string number, string shown) =>
        Assert.Equal(shown, CallerNumbers.Mask(number));

    [Theory]
    [InlineData("0812345678", "08******78")]
    [InlineData("12345678", "1******8")]
    [InlineData("112", "***")]
    [InlineData("1234", "****")]
    [InlineData("7", "*")]
    public void A_short_number_is_mostly_starred_and_never_shown_whole(string number, string shown)
    {
        var masked = CallerNumbers.Mask(number);
        Assert.Equal(shown, masked);
        Assert.True(masked.Count(c => c == CallerNumbers.Star) * 2 > masked.Length, masked);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("+")]
    [InlineData("tidak ada")]
    public void Nothing_that_holds_no_digit_is_shown_at_all(string? text) => Assert.Equal("", CallerNumbers.Mask(text));

    [Fact]
    public void A_masked_number_masked_again_is_the_same()
    {
        foreach (var number in new[] { "+6281234567890", "0812345678", "+14155552671", "123" })
        {
            var once = CallerNumbers.Mask(number);
            Assert.Equal(once, CallerNumbers.Mask(once));
        }
    }

    [Theory]
    [InlineData("Request starting GET http://localhost/api/callers/081234567890/interactions?page=1",
        "Request starting GET http://localhost/api/callers/0812****7890/interactions?page=1")]
    [InlineData("GET /api/callers/%2B6281234567890/interactions", "GET /api/callers/0812****7890/interactions")]
    [InlineData("GET /api/callers/112233/interactions", "GET /api/callers/1****3/interactions")]
    [InlineData("Failed to persist event for persistenceId [caller-+6281234567890].", "Failed to persist event for persistenceId [caller-0812****7890].")]
    [InlineData("akka://monitoring/system/sharding/caller/7/%2B6281234567890", "akka://monitoring/system/sharding/caller/7/0812****7890")]
    [InlineData("Penelepon minta ditelepon balik di 0812-3456-7890 atau 6281298765432.",
        "Penelepon minta ditelepon balik di 0812****7890 atau 0812****5432.")]
    public void Numbers_in_a_line_of_text_are_masked_wherever_they_stand(string text, string masked) =>
        Assert.Equal(masked, CallerNumbers.MaskIn(text));

    [Theory]
    [InlineData("Cases K-261128-0000000012 and K-261128-00000000AB acknowledged at 2026-11-28T08:00:04Z by polsek-gambir")]
    [InlineData("Projection cases set aside event #1234567 (journal ordering 98765432)")]
    [InlineData("Request finished in 12.0345678ms 201")]
    public void Ids_times_and_counts_are_left_as_they_are(string text) => Assert.Equal(text, CallerNumbers.MaskIn(text));
}
