package cn.jixiao.library;

import java.time.LocalDateTime;

/**
 * One indicator of a prefecture's 指标库: its name (三级指标), levels and usual unit, how many signed forms used it,
 * and who changed it last ({@code system} when only signed forms did).
 */
public record LibraryEntry(long id, String name, String level1, String level2, String unit, int uses,
                           String updatedBy, LocalDateTime updatedAt) {
}
