using System.Text.RegularExpressions;
using Network.Api.Tests.Infrastructure;

namespace Network.Api.Tests.Authorization;

/// <summary>
/// Who may see or change what is decided in <c>Access/</c> only: a role test, scope test or read of the viewer's own
/// id anywhere else in the application layer or the doors (the web app's pages included) fails this test. Auth/ builds the viewer from the token,
/// which is not a decision.
/// </summary>
public sealed partial class AccessDecisionsStayInAccessTests
{
    [GeneratedRegex(
        @"\.(IsAdmin|IsCoordinator|IsProfessional|IsSystem|HasScope|CoordinatesIn|CoordinatesAny)\b|Viewer\.ProfessionalId|\bRole\s*(==|!=|is\b|switch\b)"
    )]
    private static partial Regex RoleTest();

    private static readonly string[] Allowed = ["src/Network.Application/Access/", "src/Network.Api/Auth/"];

    [Fact]
    public void No_role_test_outside_Access()
    {
        var root = Repository.Root;
        var found = Directory
            .EnumerateFiles(Path.Combine(root, "src"), "*.cs*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/") && !Allowed.Any(f.StartsWith))
            .SelectMany(f => File.ReadLines(Path.Combine(root, f)).Select((line, i) => (f, i, line)))
            .Where(x => RoleTest().IsMatch(x.line))
            .Select(x => $"{x.f}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(
            found.Count == 0,
            "Access decisions belong in src/Network.Application/Access/:\n" + string.Join("\n", found)
        );
    }

    [Fact]
    public void The_scan_finds_a_role_test_when_there_is_one() =>
        Assert.Matches(RoleTest(), "if (!access.Viewer.IsAdmin && !access.Viewer.IsCoordinator)");
}
