package db.migration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Titles written before V40 read back into message keys, with dates as Vietnamese documents write them. */
class V61NotificationTitlesTest {

    private static V61__notification_titles_vietnamese_dates.Converted convert(String title) {
        return V61__notification_titles_vietnamese_dates.convert(title);
    }

    @Test
    void aDatedTitleGetsItsKeyAndTheDateInVietnameseForm() {
        var converted = convert("Nhiệm vụ quá hạn (hạn 2026-01-10): Đối thoại với \"Nhân dân\"");
        assertEquals("Nhiệm vụ quá hạn (hạn 10/01/2026): Đối thoại với \"Nhân dân\"", converted.title());
        assertEquals("notification.overdue", converted.messageKey());
        assertEquals("[\"10/01/2026\",\"Đối thoại với \\\"Nhân dân\\\"\"]", converted.messageArgs());
        assertEquals("notification.due-soon", convert("Nhiệm vụ sắp đến hạn (2026-06-03): X").messageKey());
        assertEquals("[\"15/10/2026\",\"X\"]", convert("Đề nghị gia hạn đến 2026-10-15: X").messageArgs());
        assertEquals("notification.extension-approved", convert("Đồng ý gia hạn đến 2026-10-15: X").messageKey());
    }

    @Test
    void aTitleWithoutDateGetsItsKeyUnchanged() {
        var converted = convert("Báo cáo bị trả lại: Báo cáo quý 2026-Q1");
        assertEquals("Báo cáo bị trả lại: Báo cáo quý 2026-Q1", converted.title());
        assertEquals("notification.task-returned", converted.messageKey());
        assertEquals("[\"Báo cáo quý 2026-Q1\"]", converted.messageArgs());
    }

    @Test
    void anUnknownTitleOnlyHasItsDatesRewritten() {
        var converted = convert("Họp giao ban ngày 2026-03-05 và 2026-03-12");
        assertEquals("Họp giao ban ngày 05/03/2026 và 12/03/2026", converted.title());
        assertEquals(null, converted.messageKey());
        assertEquals(null, converted.messageArgs());
    }
}
