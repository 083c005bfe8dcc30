package org.gongshi.generator.model;

/**
 * One row of the real-name roster (用工名册). PRIVATE: name, ID number, phone, bank and card never leave
 * the mask stage except as the masked forms defined there.
 */
public record Worker(
        String name,
        String idNumber,
        String villageGroup,
        String phone,
        String bank,
        String cardNumber,
        WorkerGroup group,
        String job) {
}
