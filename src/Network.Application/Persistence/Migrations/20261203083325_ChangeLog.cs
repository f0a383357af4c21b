using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Network.Application.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeLog",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Before = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    After = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeLog", x => x.Seq);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeLog_EntityType_EntityId",
                table: "ChangeLog",
                columns: new[] { "EntityType", "EntityId" });

            // A store that already holds data: every entity a mirror keeps gets one entry, so the feed from its start
            // brings everything there is (ids as the service writes them: UUIDs in lower case).
            migrationBuilder.Sql(
                """
                INSERT INTO ChangeLog (EntityType, EntityId, RecordedAt)
                SELECT 'Municipality', Code, 0 FROM Municipalities
                UNION ALL SELECT 'Domain', Id, 0 FROM Domains
                UNION ALL SELECT 'Profession', Id, 0 FROM Professions
                UNION ALL SELECT 'ConcernType', Id, 0 FROM ConcernTypes
                UNION ALL SELECT 'Organisation', lower(Id), 0 FROM Organisations
                UNION ALL SELECT 'Professional', lower(Id), 0 FROM Professionals
                UNION ALL SELECT 'Covenant', lower(Id), 0 FROM Covenants
                UNION ALL SELECT 'Route', lower(Id), 0 FROM Routes;
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeLog");
        }
    }
}
