using ExpertGraph.Query.Access;

namespace ExpertGraph.Api.Tests.Security;

public sealed class ApiKeySecretsTests
{
    [Test]
    public void Generate_TwoKeys_EgPrefixedBase64UrlOf32BytesAndDifferent()
    {
        var first = ApiKeySecrets.Generate();
        var second = ApiKeySecrets.Generate();

        Assert.That(first, Does.Match("^eg_[A-Za-z0-9_-]{43}$"));
        Assert.That(Convert.FromBase64String(first[3..].Replace('-', '+').Replace('_', '/') + "="), Has.Length.EqualTo(32));
        Assert.That(second, Is.Not.EqualTo(first));
        Assert.That(ApiKeySecrets.Prefix(first), Is.EqualTo(first[..11]));
    }

    [Test]
    public void Hash_Abc_TheSha256TestVector()
    {
        // FIPS 180-2, appendix B.1: SHA-256("abc").
        Assert.That(ApiKeySecrets.Hash("abc"), Is.EqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    [TestCase("scout", ApiRole.Scout)]
    [TestCase("Review-Organizer", ApiRole.ReviewOrganizer)]
    [TestCase(" analyst ", ApiRole.Analyst)]
    [TestCase("admin", ApiRole.Admin)]
    public void TryParse_RoleName_Role(string text, ApiRole expected)
    {
        Assert.That(ApiRoles.TryParse(text, out var role), Is.True);
        Assert.That(role, Is.EqualTo(expected));
    }

    [TestCase(ApiRole.Scout, false)]
    [TestCase(ApiRole.ReviewOrganizer, true)]
    [TestCase(ApiRole.Analyst, true)]
    [TestCase(ApiRole.Admin, true)]
    public void SeesEmails_ByRole_OrganizersAndAbove(ApiRole role, bool sees) => Assert.That(ApiRoles.SeesEmails(role), Is.EqualTo(sees));
}
