package vn.mttq.thidua.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void foldsVietnameseDiacriticsCaseAndSpaces() {
        assertThat(SearchText.fold("Sở Y tế tỉnh Tiền Giang")).isEqualTo("so y te tinh tien giang");
        assertThat(SearchText.fold("  ĐOÀN  kết\tsáng tạo ")).isEqualTo("doan ket sang tao");
        assertThat(SearchText.fold("Ủy ban MTTQ Việt Nam huyện Gò Công Đông")).isEqualTo("uy ban mttq viet nam huyen go cong dong");
        assertThat(SearchText.fold(null)).isEmpty();
    }

    @Test
    void aQueryWithOrWithoutDiacriticsMatchesTheSameKey() {
        String key = SearchText.key("Sở Y tế tỉnh Tiền Giang", "Sở Y tế");
        assertThat(key).contains(SearchText.fold("so y te")).contains(SearchText.fold("Sở Y Tế"));
    }

    @Test
    void likeWildcardsInAQueryAreTakenLiterally() {
        assertThat(SearchText.containsPattern("50%_a")).isEqualTo("%50\\%\\_a%");
        assertThat(SearchText.containsPattern("")).isEqualTo("%%");
    }

    @Test
    void pageNumbersAreClamped() {
        assertThat(Paging.page(-3)).isZero();
        assertThat(Paging.page(7)).isEqualTo(7);
        assertThat(Paging.page(Integer.MAX_VALUE)).isEqualTo(Paging.MAX_PAGE);
    }
}
