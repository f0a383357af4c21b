using Network.Domain.Contacts;
using Network.Domain.Professionals;

namespace Network.Application.Mail;

public static class MailAddresses
{
    /// <summary>The network's own mail goes to the entry's e-mail address, or its secure mail when that is all it has.</summary>
    public static string? Of(Professional person) =>
        (
            person.ContactPoints.FirstOrDefault(c => c.Channel == ContactChannel.Email)
            ?? person.ContactPoints.FirstOrDefault(c => c.Channel == ContactChannel.SecureMail)
        )?.Value;
}
