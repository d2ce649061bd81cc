using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Migrations.Migrations;
using MedanUmkm.Api.Features.Training;

namespace MedanUmkm.Api.Demo;

/// <summary>
/// Demo training programme: the eight quarters before the current one (completed sessions with ~80% attendance),
/// the current quarter (completed up to today, open after), and next quarter (planned and open). Registrations are
/// drawn from the active businesses of the businesses seeder.
/// </summary>
public sealed class TrainingDemoSeeder : IDemoSeeder
{
    public int Order => 30;

    private static readonly Dictionary<TrainingTopic, string[]> Titles = new()
    {
        [TrainingTopic.DigitalMarketing] =
        [
            "Pemasaran Digital untuk UMKM Kuliner", "Jualan Online di Marketplace dan Media Sosial",
            "Strategi Konten Instagram dan TikTok untuk UMKM", "Iklan Berbayar dan Google Bisnisku",
        ],
        [TrainingTopic.Packaging] =
        [
            "Desain Kemasan Produk yang Menjual", "Kemasan dan Label Pangan Olahan",
            "Kemasan Ramah Lingkungan untuk Oleh-oleh Medan",
        ],
        [TrainingTopic.ProductPhotography] = ["Fotografi Produk dengan Ponsel", "Foto Produk untuk Katalog Elektronik"],
        [TrainingTopic.FinancialLiteracy] =
        [
            "Pembukuan Sederhana dan Arus Kas UMKM", "Akses Pembiayaan KUR dan Persiapan Dokumen Kredit",
        ],
        [TrainingTopic.HalalCertification] = ["Pendampingan Sertifikasi Halal Self Declare", "Persiapan Sertifikat Halal dan PIRT"],
        [TrainingTopic.ExportReadiness] = ["Persiapan Ekspor Kopi dan Produk Olahan", "Dokumen Ekspor dan Surat Keterangan Asal"],
        [TrainingTopic.Other] = ["Pendaftaran NIB melalui OSS RBA", "Persiapan Masuk E-Katalog Pemerintah Kota Medan"],
    };

    // Digital and packaging are the office's main subjects (DOMAIN.md); the others come less often.
    private static readonly TrainingTopic[] TopicDraw =
    [
        TrainingTopic.DigitalMarketing, TrainingTopic.DigitalMarketing, TrainingTopic.DigitalMarketing,
        TrainingTopic.Packaging, TrainingTopic.Packaging, TrainingTopic.Packaging,
        TrainingTopic.ProductPhotography, TrainingTopic.FinancialLiteracy, TrainingTopic.HalalCertification,
        TrainingTopic.ExportReadiness, TrainingTopic.Other,
    ];

    private static readonly string[] Trainers =
    [
        "Dewi Lestari Nasution, S.E.", "Rizky Pratama Siregar, S.Kom.", "Hj. Nurhayati Lubis, M.M.",
        "Andi Saputra Harahap", "Tim Rumah BUMN Medan", "Yohana Br Ginting, S.Ds.", "LPPOM MUI Sumatera Utara",
        "Fadli Rahman Tanjung, M.Si.", "Balai Besar POM Medan", "Klinik Ekspor Sumut",
    ];

    private static readonly string[] Venues =
    [
        "Aula Dinas Koperasi UKM, Perindustrian dan Perdagangan Kota Medan", "Kantor Camat", "Balai Pertemuan Kelurahan",
        "PLUT-KUMKM Sumatera Utara", "Gedung Serbaguna", "Rumah Kreatif BUMN",
    ];

    private static readonly string[] Outcomes =
    [
        "Sudah membuka toko di marketplace", "Membuat desain label baru", "Mengajukan sertifikat halal",
        "Mulai mencatat arus kas harian", "Memperbarui foto produk", "Mendaftar akun e-katalog",
    ];

    private const string InsertSession = """
        INSERT INTO TrainingSessions (Title, Topic, Description, Trainer, Venue, KecamatanCode, StartsAt, EndsAt, Quarter,
            Capacity, Status, CreatedAt, UpdatedAt, Version)
        VALUES (@Title, @Topic, @Description, @Trainer, @Venue, @KecamatanCode, @StartsAt, @EndsAt, @Quarter,
            @Capacity, @Status, @CreatedAt, @CreatedAt, 1)
        """;

    private const string InsertRegistration = """
        INSERT INTO TrainingRegistrations (SessionId, BusinessId, Status, WaitlistSeq, Note, Attended, OutcomeNote,
            AttendanceRecordedAt, RegisteredAt, CancelledAt, CreatedAt, UpdatedAt, Version)
        VALUES (@SessionId, @BusinessId, @Status, @WaitlistSeq, NULL, @Attended, @OutcomeNote,
            @AttendanceRecordedAt, @RegisteredAt, @CancelledAt, @RegisteredAt, @UpdatedAt, 1)
        """;

    public async Task SeedAsync(DbSession db, DemoContext context, CancellationToken ct)
    {
        var random = new Random(20260501);
        var active = (await db.QueryAsync<int>("SELECT Id FROM Businesses WHERE Status = 'active' ORDER BY Id", ct: ct)).ToHashSet();
        var businesses = context.BusinessIds.Where(active.Contains).ToArray();
        var now = context.Now.ToUniversalTime();
        var today = DateOnly.FromDateTime(OfficeTime.ToOffice(now).DateTime);
        var registrations = new List<object>();

        for (var back = 8; back >= -1; back--)
        {
            var quarterStart = OfficeTime.QuarterStart(today, back);
            var sessions = random.Next(6, 11);
            for (var n = 0; n < sessions; n++)
            {
                var day = quarterStart.AddDays(random.Next(4, 84));
                while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
                var starts = new DateTimeOffset(day.ToDateTime(new TimeOnly(random.Next(0, 2) == 0 ? 9 : 13, 0)), OfficeTime.Offset);
                var ends = starts.AddHours(random.Next(3, 6));
                var topic = TopicDraw[random.Next(TopicDraw.Length)];
                var kecamatan = M0001_Foundation.Kecamatan[random.Next(M0001_Foundation.Kecamatan.Length)];
                var status = starts.ToUniversalTime() <= now ? TrainingStatus.Completed
                    : back == -1 && random.NextDouble() < 0.6 ? TrainingStatus.Planned : TrainingStatus.Open;
                if (status == TrainingStatus.Completed && random.NextDouble() < 0.04) status = TrainingStatus.Cancelled;
                var capacity = new[] { 20, 25, 30, 30, 40 }[random.Next(5)];
                var venue = Venues[random.Next(Venues.Length)];
                var id = await db.InsertAsync(InsertSession, new
                {
                    Title = Titles[topic][random.Next(Titles[topic].Length)],
                    Topic = EnumText.Of(topic),
                    Description = $"Pelatihan {EnumText.Of(topic).Replace('_', ' ')} bagi UMKM binaan di {kecamatan.Name} dan sekitarnya.",
                    Trainer = Trainers[random.Next(Trainers.Length)],
                    Venue = venue is "Kantor Camat" or "Balai Pertemuan Kelurahan" or "Gedung Serbaguna" ? $"{venue} {kecamatan.Name}" : venue,
                    KecamatanCode = kecamatan.Code,
                    StartsAt = starts.ToUniversalTime(),
                    EndsAt = ends.ToUniversalTime(),
                    Quarter = OfficeTime.QuarterOf(starts),
                    Capacity = capacity,
                    Status = EnumText.Of(status),
                    CreatedAt = Min(starts.ToUniversalTime().AddDays(-random.Next(30, 60)), now),
                }, ct);
                if (businesses.Length == 0 || status is TrainingStatus.Planned) continue;

                var fill = status == TrainingStatus.Open ? random.Next(capacity / 3, capacity + 6) : random.Next(capacity * 7 / 10, capacity + 1);
                var chosen = new HashSet<int>();
                while (chosen.Count < Math.Min(fill, businesses.Length)) chosen.Add(businesses[random.Next(businesses.Length)]);
                var confirmed = 0;
                var waitlistSeq = 0;
                foreach (var businessId in chosen)
                {
                    var registeredAt = Min(starts.ToUniversalTime().AddDays(-random.Next(3, 25)).AddMinutes(random.Next(0, 600)), now);
                    var cancelled = random.NextDouble() < 0.05;
                    string regStatus;
                    if (cancelled) regStatus = "cancelled";
                    else if (confirmed < capacity) { regStatus = "confirmed"; confirmed++; }
                    else regStatus = "waitlisted";
                    bool? attended = status == TrainingStatus.Completed && regStatus == "confirmed" ? random.NextDouble() < 0.8 : null;
                    var recordedAt = attended is null ? (DateTimeOffset?)null : Min(ends.ToUniversalTime().AddDays(1), now);
                    registrations.Add(new
                    {
                        SessionId = id,
                        BusinessId = businessId,
                        Status = regStatus,
                        WaitlistSeq = regStatus == "waitlisted" ? ++waitlistSeq : (int?)null,
                        Attended = attended,
                        OutcomeNote = attended == true && random.NextDouble() < 0.3 ? Outcomes[random.Next(Outcomes.Length)] : null,
                        AttendanceRecordedAt = recordedAt,
                        RegisteredAt = registeredAt,
                        CancelledAt = cancelled ? registeredAt.AddDays(1) : (DateTimeOffset?)null,
                        UpdatedAt = recordedAt ?? (cancelled ? registeredAt.AddDays(1) : registeredAt),
                    });
                }
            }
        }
        if (registrations.Count > 0) await db.ExecuteAsync(InsertRegistration, registrations, ct);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
