using System.Net;
using System.Text.RegularExpressions;

namespace Monitoring.Server.Tests.Auth;

[StorageIndependent]
public sealed partial class SignInPageTests : ServerTest
{
    [Fact]
    public async Task The_sign_in_page_is_served_with_its_module_and_no_inline_script()
    {
        var page = await Api.Client.GetAsync("/signin?returnUrl=%2Fintake");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        var scripts = Script().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(["<script type=\"module\" src=\"/js/signin.js\"></script>"], scripts);
        Assert.DoesNotMatch("\\son[a-z]+\\s*=", html);   // no inline event handlers either
        foreach (var name in new[] { "userName", "password", "code", "currentPassword", "newPassword" })
            Assert.Contains($"name=\"{name}\"", html);

        var module = await Api.Client.GetAsync("/js/signin.js");
        Assert.Equal(HttpStatusCode.OK, module.StatusCode);
        Assert.Contains("/api/auth/signin", await module.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<script[^>]*>[\\s\\S]*?</script>")]
    private static partial Regex Script();
}
