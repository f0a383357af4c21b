using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Api.Tests.Infrastructure;
using Network.Application.Mail;
using Network.Application.Mail.Templates;
using Network.Application.Persistence;

namespace Network.Api.Tests.Mail;

/// <summary>Queuing messages the way the services do: with a change, in one SaveChanges.</summary>
internal static class MailArrange
{
    public static string NewAddress(string who = "person") => $"{who}-{Guid.NewGuid():N}@mail.test.example";

    public static RenderedMail VerifyMail(this NetworkApiFactory factory, MailLanguage language = MailLanguage.Nl) =>
        factory
            .Services.GetRequiredService<MailTemplates>()
            .VerifyEntry(new VerifyEntryMail("Ada Visser", new DateOnly(2025, 12, 1), language));

    /// <summary>Changes a professional's "about" and queues a message in the same SaveChanges.</summary>
    public static Task<string> QueueWithChangeAsync(
        this NetworkApiFactory factory,
        string recipient,
        string? about = null,
        string? occasion = null
    ) =>
        factory.WithDbAsync(async db =>
        {
            var key = occasion ?? $"test:{Guid.NewGuid():N}";
            var someone = await db.Professionals.OrderBy(p => p.Id).FirstAsync();
            someone.About = about ?? $"Changed {key}";
            await factory.Services.GetRequiredService<Outbox>().AddAsync(db, recipient, factory.VerifyMail(), key);
            await db.SaveChangesAsync();
            return key;
        });

    public static Task<OutboxMessage?> OutboxRowAsync(this NetworkApiFactory factory, string occasion) =>
        factory.WithDbAsync(db =>
            db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.OccasionKey == occasion)
        );

    public static Task<int> OutboxCountAsync(this NetworkApiFactory factory, string occasion) =>
        factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.OccasionKey == occasion));

    public static Outbox Outbox(this NetworkApiFactory factory) => factory.Services.GetRequiredService<Outbox>();

    public static Task WithFreshDbAsync(this NetworkApiFactory factory, Func<NetworkDbContext, Task> action) =>
        factory.WithDbAsync(action);
}
